#include "ui/common/wordinsentence.h"

#include <QCoreApplication>

namespace pinstripe {

QString wordInSentence(const QString &heading)
{
    //: How a field name is written inside a sentence: "lower" when its first letter goes lower
    //: case there (English, French), "keep" when it stays as in a heading (German nouns).
    const QString rule = QCoreApplication::translate("pinstripe::WordInSentence", "lower");
    if (rule == QLatin1String("keep") || heading.isEmpty())
        return heading;
    if (heading.size() > 1 && heading.at(1).isUpper())
        return heading; // an abbreviation
    QString out = heading;
    out[0] = out.at(0).toLower();
    return out;
}

} // namespace pinstripe
