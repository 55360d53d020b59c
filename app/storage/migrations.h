#pragma once

#include <QStringList>

/// The schema's migrations: element i holds the statements that take a file from
/// `user_version` i to i + 1. Only ever append; a released migration never changes.
const QList<QStringList> &schemaMigrations();
