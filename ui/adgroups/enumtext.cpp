#include "ui/adgroups/enumtext.h"

namespace pinstripe::enumtext {

QString humanize(const QString &value)
{
    if (value.isEmpty())
        return {};
    QString text = value.toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace pinstripe::enumtext
