#include "ui/targeting/shoppingretargetingeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pinstripe {

namespace {
constexpr int kUnknownFieldsRole = Qt::UserRole + 1;

/** A whole number of at least @p minimum typed into a cell, or nullopt. */
std::optional<int> wholeNumber(const QString &text, int minimum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= minimum ? std::optional<int>(value) : std::nullopt;
}

QString joinTags(const QList<int> &tags)
{
    QStringList parts;
    for (int tag : tags)
        parts << QString::number(tag);
    return parts.join(QLatin1String(", "));
}
} // namespace

ShoppingRetargetingEditor::ShoppingRetargetingEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("retargetingRules"));
    m_table->setAccessibleName(tr("Shopping retargeting rules"));
    m_table->setHorizontalHeaderLabels({tr("Lookback (days)"), tr("Exclusion (days)"), tr("Tag types")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Lookback, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Exclusion, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setToolTip(tr("Reach people who engaged within the lookback window, except the last exclusion-window "
                           "days. Tag types are Pinterest's numeric codes, separated by commas."));
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + 4 * m_table->verticalHeader()->defaultSectionSize());

    m_add = new QPushButton(tr("&Add rule"), this);
    m_add->setObjectName(QStringLiteral("addRetargetingRule"));
    m_add->setToolTip(tr("Adds a rule: 30-day lookback, no exclusion, tag types to fill in."));
    m_remove = new QPushButton(tr("Re&move rule"), this);
    m_remove->setObjectName(QStringLiteral("removeRetargetingRule"));
    m_remove->setToolTip(tr("Removes the selected rule."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(problemLabel());

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRule(30, 0, {});
        m_table->setCurrentCell(row, TagTypes);
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRule(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        markCells();
        notifyChanged();
    });
}

ShoppingRetargetingEditor::~ShoppingRetargetingEditor() = default;

QStringList ShoppingRetargetingEditor::keys() const
{
    return {QStringLiteral("SHOPPING_RETARGETING")};
}

void ShoppingRetargetingEditor::appendRow(const ShoppingRetargeting &rule)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto number = [](const Field<int> &field) {
        return field.hasValue() ? QString::number(field.value()) : QString();
    };
    auto *lookback = new QTableWidgetItem(number(rule.lookbackWindow));
    lookback->setData(kUnknownFieldsRole, rule.unknownFields);
    m_table->setItem(row, Lookback, lookback);
    m_table->setItem(row, Exclusion, new QTableWidgetItem(number(rule.exclusionWindow)));
    m_table->setItem(row, TagTypes, new QTableWidgetItem(joinTags(rule.tagTypes.valueOr({}))));
}

int ShoppingRetargetingEditor::addRule(int lookbackDays, int exclusionDays, const QList<int> &tagTypes)
{
    ShoppingRetargeting rule;
    rule.lookbackWindow = lookbackDays;
    rule.exclusionWindow = exclusionDays;
    rule.tagTypes = tagTypes;
    appendRow(rule);
    markCells();
    notifyChanged();
    return m_table->rowCount() - 1;
}

void ShoppingRetargetingEditor::removeRule(int row)
{
    m_table->removeRow(row);
    markCells();
    notifyChanged();
}

int ShoppingRetargetingEditor::ruleCount() const
{
    return m_table->rowCount();
}

void ShoppingRetargetingEditor::setCellText(int row, Column column, const QString &text)
{
    m_table->item(row, column)->setText(text); // itemChanged does the rest
}

QList<ShoppingRetargeting> ShoppingRetargetingEditor::rules() const
{
    QList<ShoppingRetargeting> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ShoppingRetargeting rule;
        rule.unknownFields = m_table->item(row, Lookback)->data(kUnknownFieldsRole).toJsonObject();
        if (const auto days = wholeNumber(m_table->item(row, Lookback)->text(), 0))
            rule.lookbackWindow = *days;
        if (const auto days = wholeNumber(m_table->item(row, Exclusion)->text(), 0))
            rule.exclusionWindow = *days;
        QList<int> tags;
        bool allTags = true;
        for (const QString &part : splitCodes(m_table->item(row, TagTypes)->text())) {
            const auto tag = wholeNumber(part, 0);
            allTags = allTags && tag.has_value();
            if (tag)
                tags << *tag;
        }
        if (allTags)
            rule.tagTypes = tags;
        list << rule;
    }
    return list;
}

void ShoppingRetargetingEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loaded = spec.shoppingRetargeting;
    m_table->setRowCount(0);
    for (const ShoppingRetargeting &rule : m_loaded.valueOr({}))
        appendRow(rule);
    markCells();
    m_loadedView = rules();
}

void ShoppingRetargetingEditor::store(TargetingSpec &spec) const
{
    const QList<ShoppingRetargeting> current = rules();
    if (current == m_loadedView)
        spec.shoppingRetargeting = m_loaded;
    else if (current.isEmpty())
        spec.shoppingRetargeting.clear();
    else
        spec.shoppingRetargeting = current;
}

QList<QPair<int, QString>> ShoppingRetargetingEditor::rowProblems(int row) const
{
    QList<QPair<int, QString>> list;
    const auto lookback = wholeNumber(m_table->item(row, Lookback)->text(), 1);
    const auto exclusion = wholeNumber(m_table->item(row, Exclusion)->text(), 0);
    if (!lookback)
        list.append({Lookback, tr("Rule %1: the lookback window must be a whole number of days, at least 1.").arg(row + 1)});
    if (!exclusion)
        list.append({Exclusion, tr("Rule %1: the exclusion window must be a whole number of days, 0 or more.").arg(row + 1)});
    // Excluding the whole lookback window would leave nobody to reach.
    if (lookback && exclusion && *exclusion >= *lookback)
        list.append({Exclusion, tr("Rule %1: the exclusion window (%2) must be shorter than the lookback window (%3).")
                                    .arg(QString::number(row + 1), tr("%n day(s)", nullptr, int(*exclusion)),
                                         tr("%n day(s)", nullptr, int(*lookback)))});
    const QStringList tags = splitCodes(m_table->item(row, TagTypes)->text());
    if (tags.isEmpty())
        list.append({TagTypes, tr("Rule %1: give at least one tag type.").arg(row + 1)});
    for (const QString &tag : tags) {
        if (!wholeNumber(tag, 0))
            list.append({TagTypes, tr("Rule %1: tag type \"%2\" is not a number.").arg(row + 1).arg(tag)});
    }
    return list;
}

QStringList ShoppingRetargetingEditor::problems() const
{
    QStringList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (const auto &[column, text] : rowProblems(row))
            list << text;
    }
    return list;
}

void ShoppingRetargetingEditor::markCells()
{
    // The problem is shown at the cell too: a tinted background and the sentence as tool tip.
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QList<QPair<int, QString>> rowList = rowProblems(row);
        for (int column = 0; column < ColumnCount; ++column) {
            QStringList cellProblems;
            for (const auto &[problemColumn, text] : rowList) {
                if (problemColumn == column)
                    cellProblems << text;
            }
            QTableWidgetItem *item = m_table->item(row, column);
            item->setToolTip(cellProblems.join(QLatin1Char('\n')));
            item->setBackground(cellProblems.isEmpty() ? QBrush() : QBrush(QColor(0xff, 0xe0, 0xe0)));
        }
    }
}

} // namespace pinstripe
