#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pinstripe {

/** The language of the app's words (Edit › Preferences › Language); applied at the next start. */
enum class Language { System, English, German, French };

/** The choice kept in settings; System when none was made. */
Language savedLanguage();
void saveLanguage(Language language);
QString languageKey(Language language);

/** The locale whose catalogues speak @p language; @p system for Language::System. */
QLocale localeFor(Language language, const QLocale &system);

/**
 * What main() does at start: installs the catalogues of the saved language (the system's when
 * none was chosen). Returns the catalogues installed, as installTranslations() does.
 */
QStringList installChosenTranslations(QCoreApplication *app);

} // namespace pinstripe
