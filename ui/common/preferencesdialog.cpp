#include "ui/common/preferencesdialog.h"

#include "ui/common/exportlanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pinstripe {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language named in itself, so a person who cannot read the current one finds theirs.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system),
                        int(Language::System));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), int(Language::German));
    m_language->addItem(QStringLiteral("Français"), int(Language::French));
    m_language->setCurrentIndex(m_language->findData(int(savedLanguage())));

    auto *note = new QLabel(tr("Pinstripe speaks the chosen language from its next start."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);

    m_exportsInEnglish = new QCheckBox(tr("&Exported files in English (column names and words, for tools)"), this);
    m_exportsInEnglish->setObjectName(QStringLiteral("exportsInEnglishBox"));
    m_exportsInEnglish->setChecked(exportsInEnglish());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Export:"), m_exportsInEnglish);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

Language PreferencesDialog::chosenLanguage() const
{
    return static_cast<Language>(m_language->currentData().toInt());
}

void PreferencesDialog::accept()
{
    saveLanguage(chosenLanguage());
    setExportsInEnglish(m_exportsInEnglish->isChecked());
    QDialog::accept();
}

} // namespace pinstripe
