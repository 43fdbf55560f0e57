#include "ui/common/languagechoice.h"

#include "ui/common/translations.h"

#include <QSettings>

namespace pinstripe {

namespace {

const QString kLanguageSetting = QStringLiteral("language");
const QList<Language> kLanguages{Language::System, Language::English, Language::German, Language::French};

} // namespace

QString languageKey(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::German: return QStringLiteral("de");
    case Language::French: return QStringLiteral("fr");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

Language savedLanguage()
{
    const QString key = QSettings().value(kLanguageSetting).toString();
    for (Language language : kLanguages) {
        if (languageKey(language) == key)
            return language;
    }
    return Language::System;
}

void saveLanguage(Language language)
{
    QSettings().setValue(kLanguageSetting, languageKey(language));
}

QLocale localeFor(Language language, const QLocale &system)
{
    switch (language) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German: return QLocale(QLocale::German, QLocale::Germany);
    case Language::French: return QLocale(QLocale::French, QLocale::France);
    case Language::System: break;
    }
    return system;
}

QStringList installChosenTranslations(QCoreApplication *app)
{
    return installTranslations(app, localeFor(savedLanguage(), QLocale::system()));
}

} // namespace pinstripe
