#pragma once

#include "core/model/targetingspec.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace pinstripe {

/**
 * One key of a TargetingSpec (or a few keys that only make sense together, such as
 * MINIMUM_AGE/MAXIMUM_AGE) in a small widget.
 *
 * load() shows a spec's value, store() writes the key back. A key the person did not change is
 * written back exactly as it was loaded — an explicit null stays null, the order of the values
 * and values this version does not know stay as they were — so showing targeting never
 * rewrites it. The bid-floor calculator reuses these editors one by one.
 */
class TargetingKeyEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingKeyEditor)

public:
    explicit TargetingKeyEditor(QWidget *parent = nullptr);
    ~TargetingKeyEditor() override;

    /** The wire keys this editor owns, e.g. "GENDER". */
    virtual QStringList keys() const = 0;
    /** Shows @p spec's value of keys(). Does not emit changed(). */
    virtual void load(const TargetingSpec &spec) = 0;
    /** Writes keys() into @p spec and leaves every other key alone. */
    virtual void store(TargetingSpec &spec) const = 0;
    /** What is wrong with the current value, one sentence each; empty when it can be sent. */
    virtual QStringList problems() const = 0;

    /** The JSON of this editor's keys alone (store() into an empty spec). */
    QJsonObject toJson() const;

Q_SIGNALS:
    /** The person changed the value. */
    void changed();

protected:
    /** The line under the controls that shows problems(); add it to the editor's layout. */
    QLabel *problemLabel();
    /** Refreshes the problem line and emits changed(), unless a load() is running. */
    void notifyChanged();
    /** Refreshes the problem line only (after load()). */
    void refreshProblems();

    /** RAII guard: signals of controls fired while loading are not the person's edits. */
    class Loading
    {
    public:
        explicit Loading(TargetingKeyEditor *editor);
        ~Loading();
        Q_DISABLE_COPY_MOVE(Loading)

    private:
        TargetingKeyEditor *m_editor;
    };

    /**
     * @p loaded when the shown values are still @p loadedView (nothing was edited), otherwise
     * @p current, with an empty list written as an absent key (no restriction).
     */
    static Field<QStringList> keptOrEdited(const Field<QStringList> &loaded, const QStringList &loadedView,
                                           const QStringList &current);
    /** Codes typed into one line, separated by commas, semicolons, spaces or new lines. */
    static QStringList splitCodes(const QString &text);
    /** Entries that may hold spaces (interest names, postal codes), separated by commas, semicolons or new lines. */
    static QStringList splitEntries(const QString &text);
    static bool isDigits(const QString &text);
    /** "women" → "Women": names from TargetingDescriber are written for the middle of a sentence. */
    static QString capitalized(QString text);

private:
    QLabel *m_problemLabel = nullptr;
    bool m_loading = false;
};

} // namespace pinstripe
