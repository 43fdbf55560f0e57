#pragma once

#include <QString>

namespace pinstripe {

/**
 * @p heading ("Daily budget", "Targeting", "CTR") as written inside a sentence ("Change daily
 * budget of …"). Whether the first letter goes lower case is the language's rule, so the
 * catalogue says it: English and French lower it, German keeps its nouns capitalised.
 * Abbreviations ("CTR", "ID") keep their capitals in every language.
 */
QString wordInSentence(const QString &heading);

} // namespace pinstripe
