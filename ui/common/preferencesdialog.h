#pragma once

#include "ui/common/languagechoice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace pinstripe {

/**
 * Edit › Preferences: the language of the app's words, kept in settings when accepted and
 * applied at the next start, which the dialog says (widgets built in one language stay so);
 * and whether exported files are in English, for tools, from the next export on.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Language chosenLanguage() const;

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_exportsInEnglish = nullptr;
};

} // namespace pinstripe
