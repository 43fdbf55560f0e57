#pragma once

#include <QHash>
#include <QString>

namespace pinstripe {

/**
 * Reads a compiled GNU gettext catalogue (a `.mo` file) into a table of original → translated
 * text. Used for the iso-codes catalogues, so that place names follow the application's
 * language (QLocale) rather than the process's C locale that dgettext() would follow.
 *
 * Only singular, context-free messages are kept; that is all the iso-codes catalogues hold.
 */
class GettextCatalog final
{
public:
    /** The messages of the catalogue at @p path; empty when the file is missing or not a catalogue. */
    static QHash<QString, QString> read(const QString &path);
};

} // namespace pinstripe
