#pragma once

#include <QTranslator>

#include <memory>

namespace pinstripe {

/**
 * Edit › Preferences › "Exported files in English": column names and words of exported CSV and
 * Excel files in English whatever the app's language, for tools and scripts that read them by
 * column name. Numbers and dates keep their format; importing reads both languages.
 */
bool exportsInEnglish();
void setExportsInEnglish(bool english);

/**
 * While alive, and when exports are in English, tr() answers in English: it installs a
 * translator that answers every lookup with its English text (plural forms from Pinstripe's
 * English catalogue) and is asked before the app's own catalogues. An export builds its file
 * inside one of these.
 */
class ExportLanguageScope
{
public:
    ExportLanguageScope();
    ~ExportLanguageScope();
    ExportLanguageScope(const ExportLanguageScope &) = delete;
    ExportLanguageScope &operator=(const ExportLanguageScope &) = delete;

private:
    std::unique_ptr<QTranslator> m_english;
};

} // namespace pinstripe
