#include "ui/sheets/importpreviewdialog.h"

#include "core/changes/changeset.h"
#include "ui/changes/editcommand.h"
#include "ui/common/theme.h"
#include "ui/sheets/importpreviewmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pinstripe {

ImportPreviewDialog::ImportPreviewDialog(SheetImportPlan plan, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_fileName(QFileInfo(fileName).fileName())
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Changes from %1").arg(m_fileName));

    m_summary = new QLabel(summaryText(m_plan), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warnings = new QLabel(m_plan.warnings().join(QLatin1Char('\n')), this);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(problemStyleSheet());
    m_warnings->setVisible(!m_plan.warnings().isEmpty());

    m_model = new ImportPreviewModel(&m_plan, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreviewTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // One line per row at a fixed height: a sheet of thousands of rows lays out at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ImportPreviewModel::Line, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::Kind, QHeaderView::ResizeToContents);
    header->resizeSection(ImportPreviewModel::AdGroup, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    header->resizeSection(ImportPreviewModel::Changes, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    header->setStretchLastSection(true);

    // The table shows one line per row; the current row's changes and errors in full here.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("importRowDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().height() * 4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportPreviewDialog::showDetails);

    auto *buttons = new QDialogButtonBox(this);
    const int valid = m_plan.validRowCount();
    m_import = buttons->addButton(tr("Import %n row(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRowsButton"));
    m_import->setEnabled(valid > 0);
    m_import->setDefault(valid > 0);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, &ImportPreviewDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 150, fontMetrics().height() * 32);
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet)
{
    m_undoStack = undoStack;
    m_changeSet = changeSet;
}

QString ImportPreviewDialog::summaryText(const SheetImportPlan &plan)
{
    using Kind = SheetImportRow::Kind;
    QStringList parts;
    parts << tr("%n ad group(s) to update", nullptr, plan.count(Kind::Update));
    parts << tr("%n new ad group(s)", nullptr, plan.count(Kind::Create));
    parts << tr("%n unchanged", nullptr, plan.count(Kind::Unchanged));
    parts << tr("%n row(s) with errors (not imported)", nullptr, plan.count(Kind::Error));
    return parts.join(QStringLiteral(", "));
}

void ImportPreviewDialog::showDetails(const QModelIndex &current)
{
    if (!current.isValid() || current.row() >= m_plan.rows().size()) {
        m_details->clear();
        return;
    }
    const SheetImportRow &row = m_plan.rows().at(current.row());
    QStringList lines{tr("Line %1: %2").arg(row.line).arg(SheetImportPlan::kindText(row.kind))};
    lines << ImportPreviewModel::changeTexts(m_plan, row) << row.errors;
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ImportPreviewDialog::importRows()
{
    const QList<PendingChange> changes = m_plan.changes();
    if (changes.isEmpty() || !m_changeSet)
        return;
    const int rows = m_plan.validRowCount();
    // Updates and creates together: one import is one undo step.
    recordEdits(m_undoStack, m_changeSet, changes, tr("Import %n row(s) from %1", nullptr, rows).arg(m_fileName));
    Q_EMIT changesRecorded(static_cast<int>(changes.size()));
    accept();
}

} // namespace pinstripe
