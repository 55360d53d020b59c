#include "yearcolumn.h"

#include "editing/previewrenderer.h"
#include "editing/syntaxrepository.h"
#include "goals/goalstore.h"
#include "heatmapwidget.h"
#include "markdown/parser.h"
#include "review/comparemodels.h"
#include "review/reviewstore.h"
#include "review/scrollsync.h"
#include "storage/entrystore.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QCoreApplication>

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

YearColumn::YearColumn(EntryStore &store, GoalStore *goals, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_goals(goals)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_goalsLabel(new QLabel(this))
    , m_numbersLabel(new QLabel(this))
    , m_heatMap(new HeatMapWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setWordWrap(true);
    // Without a retrospective the message takes the browser's place, text at the top.
    m_missing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_missing->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_browser->setOpenLinks(false);
    m_browser->setMinimumHeight(160);
    m_goalsLabel->setWordWrap(true);
    m_goalsLabel->setTextFormat(Qt::RichText);
    m_goalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbersLabel->setWordWrap(true);
    m_numbersLabel->setTextFormat(Qt::RichText);
    // Room for the heading and four lines, so the column does not jump when the numbers
    // replace "Counting…".
    m_numbersLabel->setMinimumHeight(5 * m_numbersLabel->fontMetrics().lineSpacing());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_missing);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_goalsLabel);
    layout->addWidget(m_numbersLabel);
    layout->addWidget(m_heatMap);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &YearColumn::openLink);
    connect(m_missing, &QLabel::linkActivated, this, [this] { Q_EMIT startRetrospectiveRequested(m_year); });
    connect(m_heatMap, &HeatMapWidget::dayClicked, this, &YearColumn::dayActivated);
}

void YearColumn::setYear(int year, QDate today)
{
    const bool same = year == m_year && today == m_today;
    m_year = year;
    m_today = today;
    m_title->setText(QString::number(m_year));
    showRetrospective();
    showGoals();
    if (same && hasNumbers())
        return;
    m_numbers = YearNumbers();
    m_numbersLabel->setText(u"<b>%1</b><br>%2"_s.arg(QCoreApplication::translate("Review", "The year in numbers"),
        QCoreApplication::translate("Review", "Counting…")));
    m_heatMap->setYear(m_year);
    m_heatMap->setDays({});
}

void YearColumn::showRetrospective()
{
    const ReviewStore review(m_store.database());
    m_retrospectiveId = review.retrospectiveId(m_year);
    const std::optional<Entry> retrospective = m_retrospectiveId ? m_store.entry(m_retrospectiveId) : std::nullopt;
    if (retrospective) {
        // Rendered as the preview renders it: raw HTML made harmless, code highlighted,
        // images only from local files beside the post.
        PreviewRenderer renderer(syntaxRepository());
        renderer.setTheme(syntaxRepository().themeForPalette(palette()));
        if (!retrospective->sourcePath.isEmpty())
            renderer.setBaseFolder(QFileInfo(retrospective->sourcePath).absolutePath());
        m_browser->setHtml(renderer.render(Markdown::parse(retrospective->text)));
        m_browser->setVisible(true);
        m_missing->setVisible(false);
    } else {
        m_browser->clear();
        m_browser->setVisible(false);
        m_missing->setText(
            QCoreApplication::translate("Review", "No retrospective of %1 yet — <a href=\"start\">start one</a>.")
                .arg(m_year));
        m_missing->setVisible(true);
    }
}

void YearColumn::showGoals()
{
    QStringList goalItems;
    if (m_goals) {
        const IsoWeek week = IsoWeek::fromDate(m_today);
        for (const Goal &goal : m_goals->goals(m_year)) {
            const GoalProgress progress = computeProgress(goal, m_goals->checkIns(goal.id), week);
            const QString mark = goal.status == GoalStatus::Done ? u"✔"_s
                : goal.status == GoalStatus::Dropped             ? u"✘"_s
                                                                 : u"○"_s;
            goalItems << u"<li>%1 %2 — <i>%3</i></li>"_s.arg(
                mark, goal.title.toHtmlEscaped(), goalOutcomeText(goal, progress).toHtmlEscaped());
        }
    }
    const QString goalsHeading = QCoreApplication::translate("Review", "Goals");
    m_goalsLabel->setText(goalItems.isEmpty()
            ? u"<b>%1</b><br>%2"_s.arg(
                  goalsHeading, QCoreApplication::translate("Review", "No goals set for this year."))
            : u"<b>%1</b><ul style=\"margin:0\">%2</ul>"_s.arg(goalsHeading, goalItems.join(QString())));
}

void YearColumn::setNumbers(const YearNumbers &numbers)
{
    if (numbers.year != m_year)
        return;
    m_numbers = numbers;
    int entries = 0;
    for (const int count : std::as_const(m_numbers.entries))
        entries += count;
    QStringList lines;
    lines << QCoreApplication::translate("Review", "%n entries", nullptr, entries) + u" · "_s
            + QCoreApplication::translate("Review", "%n words", nullptr, int(m_numbers.words)) + u" · "_s
            + QCoreApplication::translate("Review", "%n characters", nullptr, int(m_numbers.characters));
    lines << QCoreApplication::translate("Review", "%n days written", nullptr, m_numbers.daysWritten) + u" · "_s
            + QCoreApplication::translate("Review", "longest run %n days", nullptr, m_numbers.longestDailyStreak);
    lines << QCoreApplication::translate(
        "Review", "weekly check-ins %1 of %2 · longest gap %n weeks", nullptr, m_numbers.longestCheckInGap)
                 .arg(m_numbers.weeklyCheckIns)
                 .arg(m_numbers.isoWeeks);
    QStringList tags;
    for (const TagCount &tag : std::as_const(m_numbers.topTags).first(std::min<qsizetype>(5, m_numbers.topTags.size())))
        tags << u"#%1 (%2)"_s.arg(tag.tag.toHtmlEscaped()).arg(tag.count);
    if (!tags.isEmpty())
        lines << tags.join(u' ');
    m_numbersLabel->setText(
        u"<b>%1</b><br>%2"_s.arg(QCoreApplication::translate("Review", "The year in numbers"), lines.join(u"<br>"_s)));
    m_heatMap->setDays(m_numbers.days);
}

QString YearColumn::goalsText() const
{
    QTextDocument document;
    document.setHtml(m_goalsLabel->text());
    return document.toPlainText();
}

QString YearColumn::numbersText() const
{
    QTextDocument document;
    document.setHtml(m_numbersLabel->text());
    return document.toPlainText();
}

QList<HeadingPosition> YearColumn::headingPositions() const
{
    QList<HeadingPosition> result;
    QTextDocument *document = m_browser->document();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            result << HeadingPosition {block.text(), int(layout->blockBoundingRect(block).top())};
    }
    return result;
}

void YearColumn::openLink(const QUrl &url)
{
    if (url.scheme() == u"hoego"_s && url.host() == u"entry"_s) {
        bool ok = false;
        const qint64 id = url.path().mid(1).toLongLong(&ok);
        if (ok)
            Q_EMIT entryActivated(id);
        return;
    }
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}
