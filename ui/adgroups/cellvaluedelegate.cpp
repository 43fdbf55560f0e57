#include "ui/adgroups/cellvaluedelegate.h"

#include "core/sheet/sheetvaluecodec.h"
#include "ui/adgroups/adgrouptablemodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace pinstripe {

namespace {

const char *const kUnitLabel = "cellEditorUnit";

const AdGroupTableModel *tableModelOf(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const AdGroupTableModel *>(model);
}

/** The API value a choice cell holds ("PAUSED", "true"), or empty. */
QString choiceValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

CellValueDelegate::CellValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CellValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<SheetField> field = AdGroupTableModel::editableField(index.column());
    if (!field)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *editor = nullptr;
    if (SheetFields::isChoice(*field)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("cellChoiceEditor"));
        for (const QString &value : SheetFields::choices(*field))
            combo->addItem(SheetValueCodec::choiceText(*field, value), value);
        editor = combo;
    } else {
        auto *line = new QLineEdit(parent);
        line->setObjectName(QStringLiteral("cellTextEditor"));
        line->setFrame(false);
        QString unit;
        if (SheetFields::isMoney(*field)) {
            const AdGroupTableModel *model = tableModelOf(index.model());
            const Currency currency = model ? model->currency() : Currency();
            unit = currency.code();
            line->setToolTip(tr("Amount in %1, with up to %n decimal(s); empty for none", nullptr, currency.minorUnits())
                                 .arg(unit));
            line->setPlaceholderText(tr("Amount in %1").arg(unit));
        } else if (SheetFields::isTime(*field)) {
            unit = QString::fromUtf8(QTimeZone::systemTimeZoneId());
            line->setToolTip(tr("Date and time in %1, like %2; empty for none").arg(unit, QStringLiteral("2026-12-31 18:00")));
            line->setPlaceholderText(QStringLiteral("2026-12-31 18:00"));
        }
        if (!unit.isEmpty()) {
            // The unit stays in view while typing: a placeholder would vanish with the first key.
            auto *label = new QLabel(unit, line);
            label->setObjectName(QLatin1String(kUnitLabel));
            label->setEnabled(false);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
        }
        editor = line;
    }
    m_editing.insert(editor, index);
    return editor;
}

void CellValueDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    m_editing.remove(editor);
    QStyledItemDelegate::destroyEditor(editor, index);
}

void CellValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(choiceValue(index.data(AdGroupTableModel::WireValueRole).toJsonValue())));
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (qobject_cast<QComboBox *>(editor) || qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, editorText(editor), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CellValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    auto *unit = line ? line->findChild<QLabel *>(QLatin1String(kUnitLabel)) : nullptr;
    if (!unit)
        return;
    // At least as wide as the cell's text needs plus the unit, so "2026-12-31 18:00 Europe/Berlin" fits.
    const int unitWidth = unit->sizeHint().width();
    const int textWidth = line->fontMetrics().horizontalAdvance(line->text() + QStringLiteral("  "));
    if (line->width() < textWidth + unitWidth + 8)
        line->resize(textWidth + unitWidth + 8, line->height());
    unit->setGeometry(line->width() - unitWidth - 4, 0, unitWidth, line->height());
    line->setTextMargins(0, 0, unitWidth + 6, 0);
}

QString CellValueDelegate::editorText(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData().toString();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return {};
}

void CellValueDelegate::setEditorText(QWidget *editor, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int at = combo->findData(text);
        if (at < 0)
            at = combo->findText(text, Qt::MatchFixedString);
        if (at >= 0)
            combo->setCurrentIndex(at);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
}

bool CellValueDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier) && m_editing.contains(editor)) {
            const QPersistentModelIndex index = m_editing.value(editor);
            const QString text = editorText(editor);
            // The editor goes without committing its one cell: the fill writes every selected row.
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (index.isValid())
                Q_EMIT fillRequested(index, text);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace pinstripe
