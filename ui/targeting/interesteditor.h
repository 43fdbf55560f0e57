#pragma once

#include "ui/targeting/targetingkeyeditor.h"

#include <QList>
#include <QPair>

class QLabel;

namespace pinstripe {

class InterestTextEdit;

/**
 * INTEREST: interests one per line, by id ("925056443165") or by name ("Home decor"). Pinterest
 * takes ids only, so a name is sent as the id the interest catalogue gives for it; a name the
 * catalogue does not know is a problem rather than something sent as it is. Names match in any
 * case, and the catalogue's names are offered while typing (InterestTextEdit).
 */
class InterestEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestEditor)

public:
    explicit InterestEditor(QWidget *parent = nullptr);
    ~InterestEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /**
     * The interests known by name: (id, name) pairs, e.g. from Pinterest's interest list
     * (TargetingSpecEditor::setInterestCatalogSource() loads it).
     */
    void setCatalog(const QList<QPair<QString, QString>> &idsAndNames);
    /** The lines as typed. */
    QStringList entries() const;
    void setEntries(const QStringList &entries);
    /** The entries as ids; names are looked up, unknown names stay as typed. */
    QStringList interestIds() const;
    /** The text box the entries are typed in. */
    InterestTextEdit *textEdit() const { return m_text; }

private:
    QString idFor(const QString &entry) const;
    void updateNames();

    InterestTextEdit *m_text = nullptr;
    QLabel *m_names = nullptr;
    QList<QPair<QString, QString>> m_catalog;
    Field<QStringList> m_loaded;
    QStringList m_loadedView;
};

} // namespace pinstripe
