// UI tests read texts as a person with an English desktop does: main() installs the English
// catalogue, which gives counts their plural forms ("1 ad group", "3 ad groups").
#pragma once

#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace pinstripe::testing {

inline void useEnglishTexts()
{
    installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace pinstripe::testing
