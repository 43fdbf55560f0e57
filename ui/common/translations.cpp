#include "ui/common/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace pinstripe {

namespace {

bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name,
                const QStringList &directories, QStringList *loaded)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            app->installTranslator(translator);
            loaded->append(QFileInfo(translator->filePath()).fileName());
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

QStringList installTranslations(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
    // Without a catalogue for the locale (a C locale, a language not translated yet) the texts
    // are the English sources, which still need the English catalogue for "1 ad group".
    if (!installOne(app, locale, QStringLiteral("pinstripe"), {QStringLiteral(":/i18n")}, &loaded))
        installOne(app, QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("pinstripe"), {QStringLiteral(":/i18n")}, &loaded);

    const QStringList qtDirectories{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
    };
    installOne(app, locale, QStringLiteral("qtbase"), qtDirectories, &loaded);

    qCDebug(lcUi) << "translations for" << locale.name() << ":" << loaded;
    return loaded;
}

} // namespace pinstripe
