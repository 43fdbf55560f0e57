#include "ui/common/savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pinstripe {

namespace {

QString settingsKey(const QString &folderKey)
{
    return QStringLiteral("exportFolders/") + folderKey;
}

QString filterOf(const SaveFileDialog::FileType &type)
{
    return type.description + QStringLiteral(" (*.") + type.suffix + QLatin1Char(')');
}

} // namespace

QString SaveFileDialog::startFolder(const QString &folderKey)
{
    const QString remembered = QSettings().value(settingsKey(folderKey)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString SaveFileDialog::withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty() || suffix.isEmpty() || QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + QLatin1Char('.') + suffix;
}

QString SaveFileDialog::fileNamePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

SaveFileDialog::Choice SaveFileDialog::ask(QWidget *parent, const QString &caption, const QString &suggestedName,
                                           const QList<FileType> &types, const QString &folderKey)
{
    const QString folder = startFolder(folderKey);
    QFileDialog dialog(parent, caption, folder);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const FileType &type : types)
        filters << filterOf(type);
    dialog.setNameFilters(filters);
    if (!types.isEmpty()) {
        dialog.selectNameFilter(filters.constFirst());
        dialog.setDefaultSuffix(types.constFirst().suffix);
    }
    // The extension follows the chosen type, so the overwrite question names the real file.
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters, types](const QString &filter) {
        const qsizetype index = filters.indexOf(filter);
        if (index >= 0)
            dialog.setDefaultSuffix(types.at(index).suffix);
    });
    dialog.setDirectory(folder);
    dialog.selectFile(withSuffix(suggestedName, types.isEmpty() ? QString() : types.constFirst().suffix));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    Choice choice;
    choice.type = int(qMax<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter())));
    choice.path = dialog.selectedFiles().constFirst();
    if (!types.isEmpty())
        choice.path = withSuffix(choice.path, types.at(choice.type).suffix);
    QSettings().setValue(settingsKey(folderKey), QFileInfo(choice.path).absolutePath());
    return choice;
}

} // namespace pinstripe
