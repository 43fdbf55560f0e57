#pragma once

#include "ui/common/languagechoice.h"

#include <QDialog>

class QComboBox;

namespace pinstripe {

/**
 * Edit › Preferences: the language of the app's words. Kept in settings when accepted and
 * applied at the next start, which the dialog says: widgets built in one language stay so.
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
};

} // namespace pinstripe
