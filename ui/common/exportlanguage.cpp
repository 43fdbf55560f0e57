#include "ui/common/exportlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace pinstripe {

namespace {

const QString kExportsInEnglishSetting = QStringLiteral("export/english");

/** Answers every message with its English source text; counts through the English catalogue. */
class EnglishTranslator : public QTranslator
{
public:
    EnglishTranslator()
    {
        // Only plural messages are in it ("1 ad group", "2 ad groups").
        (void)m_plurals.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("pinstripe"),
                             QStringLiteral("_"), QStringLiteral(":/i18n"));
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!sourceText)
            return {};
        if (n >= 0) {
            const QString plural = m_plurals.translate(context, sourceText, disambiguation, n);
            if (!plural.isEmpty())
                return plural;
        }
        return QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_plurals;
};

} // namespace

bool exportsInEnglish()
{
    return QSettings().value(kExportsInEnglishSetting, false).toBool();
}

void setExportsInEnglish(bool english)
{
    QSettings().setValue(kExportsInEnglishSetting, english);
}

ExportLanguageScope::ExportLanguageScope()
{
    if (!exportsInEnglish() || !QCoreApplication::instance())
        return;
    m_english = std::make_unique<EnglishTranslator>();
    QCoreApplication::installTranslator(m_english.get());
}

ExportLanguageScope::~ExportLanguageScope()
{
    if (m_english)
        QCoreApplication::removeTranslator(m_english.get());
}

} // namespace pinstripe
