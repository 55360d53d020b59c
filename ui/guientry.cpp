#include "guientry.h"

#include <QTextStream>

int runGui(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 0;
}

int runScreenshot(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 0;
}
