#include "ui/targeting/localeeditor.h"

#include "ui/adgroups/targetingdescriber.h"

#include <QRegularExpression>

namespace pinstripe {

LocaleEditor::LocaleEditor(QWidget *parent)
    : ChoiceListEditor(QStringLiteral("LOCALE"), &TargetingSpec::locale, pinterestLocales(), &LocaleEditor::displayName,
                       3, parent)
{
    setToolTip(tr("Leave all unchecked to reach every language."));
}

LocaleEditor::~LocaleEditor() = default;

const QStringList &LocaleEditor::pinterestLocales()
{
    // The 5.6 spec's list (the 5.23 spec gives none); both "id" and "in" are Indonesian.
    static const QStringList codes = {
        QStringLiteral("cs"), QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("el"),
        QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fi"), QStringLiteral("fr"),
        QStringLiteral("hu"), QStringLiteral("id"), QStringLiteral("in"), QStringLiteral("it"),
        QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("no"), QStringLiteral("pl"),
        QStringLiteral("pt"), QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("sk"),
        QStringLiteral("sv"), QStringLiteral("tr"), QStringLiteral("uk"), QStringLiteral("zh"),
    };
    return codes;
}

QString LocaleEditor::displayName(const QString &code)
{
    const QString lookup = code == QLatin1String("in") ? QStringLiteral("id") : code;
    return tr("%1 (%2)").arg(TargetingDescriber::languageName(lookup), code);
}

QString LocaleEditor::problemWith(const QString &value) const
{
    static const QRegularExpression form(QStringLiteral("^[a-z]{2}(-[A-Z]{2})?$"));
    if (form.match(value).hasMatch())
        return {};
    return tr("\"%1\" is not a language code such as \"en\".").arg(value);
}

} // namespace pinstripe
