#pragma once

#include "ui/targeting/targetingkeyeditor.h"

class QComboBox;

namespace pinstripe {

/**
 * TARGETING_STRATEGY: one preset (choose your own, find new customers, reconnect with users) or
 * none. The wire value is a list; a loaded list of several or unknown values is shown as one
 * choice of its own so it is kept.
 */
class TargetingStrategyEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingStrategyEditor)

public:
    explicit TargetingStrategyEditor(QWidget *parent = nullptr);
    ~TargetingStrategyEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /** The chosen values: empty, or e.g. {"FIND_NEW_CUSTOMERS"}. */
    QStringList strategy() const;
    void setStrategy(const QStringList &values);

private:
    QComboBox *m_combo = nullptr;
    Field<QStringList> m_loaded;
    QStringList m_loadedView;
};

} // namespace pinstripe
