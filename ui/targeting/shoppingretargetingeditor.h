#pragma once

#include "ui/targeting/targetingkeyeditor.h"

#include <QPair>

class QPushButton;
class QTableWidget;

namespace pinstripe {

/**
 * SHOPPING_RETARGETING: dynamic-retargeting rules, one table row each — lookback window and
 * exclusion window in days and the tag-type codes (numbers; Pinterest does not document their
 * meanings). Fields of a rule this version does not know are kept with their row.
 */
class ShoppingRetargetingEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShoppingRetargetingEditor)

public:
    enum Column { Lookback, Exclusion, TagTypes, ColumnCount };

    explicit ShoppingRetargetingEditor(QWidget *parent = nullptr);
    ~ShoppingRetargetingEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /** Appends a rule row and returns its index. */
    int addRule(int lookbackDays, int exclusionDays, const QList<int> &tagTypes);
    void removeRule(int row);
    int ruleCount() const;
    /** The rows as rules; a cell that is not a whole number is left out of its rule. */
    QList<ShoppingRetargeting> rules() const;
    /** Replaces the text of one cell, as if typed. */
    void setCellText(int row, Column column, const QString &text);

private:
    void appendRow(const ShoppingRetargeting &rule);
    /** The problems of one row, each with the column it is about. */
    QList<QPair<int, QString>> rowProblems(int row) const;
    void markCells();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    Field<QList<ShoppingRetargeting>> m_loaded;
    QList<ShoppingRetargeting> m_loadedView;
};

} // namespace pinstripe
