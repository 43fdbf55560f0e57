#pragma once

#include "ui/targeting/targetingkeyeditor.h"

class QLineEdit;

namespace pinstripe {

/** AUDIENCE_INCLUDE and AUDIENCE_EXCLUDE: audience (customer list) ids to reach and to leave out. */
class AudienceEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceEditor)

public:
    explicit AudienceEditor(QWidget *parent = nullptr);
    ~AudienceEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    QStringList included() const;
    QStringList excluded() const;
    void setIncluded(const QStringList &ids);
    void setExcluded(const QStringList &ids);

private:
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    Field<QStringList> m_loadedInclude;
    Field<QStringList> m_loadedExclude;
    QStringList m_loadedIncludeView;
    QStringList m_loadedExcludeView;
};

} // namespace pinstripe
