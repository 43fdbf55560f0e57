#include "ui/editor/adgroupeditordialog.h"

#include "ui/changes/editcommand.h"

#include "core/changes/changeset.h"
#include "ui/common/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pinstripe {

AdGroupEditorDialog::AdGroupEditorDialog(const AdGroupFormContext &context, QWidget *parent)
    : QDialog(parent)
    , m_form(new AdGroupForm(context, this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdGroupEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdGroupEditorDialog::reject);
    connect(m_form, &AdGroupForm::changed, this, &AdGroupEditorDialog::refresh);
    resize(760, 640);
    refresh();
}

void AdGroupEditorDialog::startCreate()
{
    m_recorded.reset();
    m_form->startCreate();
    setWindowTitle(tr("New ad group"));
    refresh();
}

void AdGroupEditorDialog::startCreateFrom(const AdGroup &values)
{
    m_recorded.reset();
    m_form->startCreateFrom(values);
    setWindowTitle(tr("New ad group \"%1\"").arg(values.name.valueOr({})));
    refresh();
}

void AdGroupEditorDialog::startDuplicate(const QList<AdGroup> &sources)
{
    m_recorded.reset();
    m_form->startDuplicate(sources);
    setWindowTitle(sources.size() == 1 ? tr("Duplicate ad group") : tr("Duplicate %n ad groups", "", static_cast<int>(sources.size())));
    refresh();
}

void AdGroupEditorDialog::startEdit(const QList<AdGroup> &adGroups)
{
    m_recorded.reset();
    m_form->startEdit(adGroups);
    setWindowTitle(adGroups.size() == 1 ? tr("Edit ad group \"%1\"").arg(adGroups.constFirst().name.valueOr({}))
                                        : tr("Edit %n ad groups", "", static_cast<int>(adGroups.size())));
    refresh();
}

void AdGroupEditorDialog::setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet)
{
    m_undoStack = undoStack;
    m_changeSet = changeSet;
}

QList<PendingChange> AdGroupEditorDialog::changes() const
{
    return m_recorded ? *m_recorded : m_form->changes();
}

QPushButton *AdGroupEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AdGroupEditorDialog::refresh()
{
    const QStringList problems = m_form->problems();
    okButton()->setEnabled(problems.isEmpty());
    if (!problems.isEmpty()) {
        m_summary->setStyleSheet(problemStyleSheet());
        m_summary->setText(problems.size() == 1 ? problems.constFirst()
                                                : tr("%n problem(s) to fix first, e.g.: %1", "", static_cast<int>(problems.size()))
                                                      .arg(problems.constFirst()));
        return;
    }
    m_summary->setStyleSheet(QString());
    if (m_form->mode() == AdGroupForm::Mode::Create) {
        m_summary->setText(tr("OK adds the new ad group to the pending changes; nothing is sent until you post."));
        return;
    }
    const qsizetype count = m_form->changes().size();
    m_summary->setText(count == 0 ? tr("Nothing changed yet.")
                                  : tr("%n field change(s) will be added to the pending changes.", "", static_cast<int>(count)));
}

void AdGroupEditorDialog::accept()
{
    if (!m_form->problems().isEmpty())
        return;
    const QList<PendingChange> list = m_form->changes();
    m_recorded = list;
    if (m_changeSet && !list.isEmpty()) {
        recordEdits(m_undoStack, m_changeSet, list, m_form->description());
        Q_EMIT changesRecorded(list);
    }
    QDialog::accept();
}

} // namespace pinstripe
