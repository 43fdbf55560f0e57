#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace pinstripe {

/**
 * "Save as" for exports, the way people expect it: the dialog opens in the folder they last
 * saved such a file in (their Documents folder the first time), suggests a file name, and the
 * chosen type's extension is added when the typed name has none ("perf_export" is saved as
 * "perf_export.csv").
 *
 * The dialog is a QFileDialog object rather than QFileDialog::getSaveFileName(), so tests can find it as
 * the active modal widget and type into it like a person.
 */
class SaveFileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(SaveFileDialog)

public:
    /** One choice of the "Save as type" list: "PNG image", "png". */
    struct FileType
    {
        QString description;
        QString suffix;
    };
    /** Where to save and which of the offered types was chosen; an empty path when cancelled. */
    struct Choice
    {
        QString path;
        int type = -1;
    };

    SaveFileDialog() = delete;

    /**
     * Asks where to save a file of one of @p types (the first is preselected). @p folderKey
     * names the remembered folder, so chart pictures and table exports each keep their own.
     */
    static Choice ask(QWidget *parent, const QString &caption, const QString &suggestedName, const QList<FileType> &types,
                      const QString &folderKey);

    /** The folder the next dialog for @p folderKey opens in. */
    static QString startFolder(const QString &folderKey);
    /** @p path with ".suffix" added unless it already ends with it (case-insensitive). */
    static QString withSuffix(const QString &path, const QString &suffix);
    /** @p text as a file name part: lower case, runs of other characters as one hyphen. */
    static QString fileNamePart(const QString &text);
};

} // namespace pinstripe
