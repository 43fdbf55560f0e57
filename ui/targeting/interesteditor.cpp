#include "ui/targeting/interesteditor.h"

#include "ui/targeting/interesttextedit.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pinstripe {

InterestEditor::InterestEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_text = new InterestTextEdit(this);
    m_text->setObjectName(QStringLiteral("interests"));
    m_text->setAccessibleName(tr("Interests"));
    m_text->setPlaceholderText(tr("One interest per line: its id, or its name (names are offered as you type)"));
    m_text->setToolTip(tr("Interest ids (digits) or names, one per line. Leave empty to reach every interest."));
    m_text->setTabChangesFocus(true); // keyboard users must be able to leave the field with Tab
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_names = new QLabel(this);
    m_names->setObjectName(QStringLiteral("interestNames"));
    m_names->setWordWrap(true);
    m_names->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_names);
    layout->addWidget(problemLabel());
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateNames();
        notifyChanged();
    });
}

InterestEditor::~InterestEditor() = default;

QStringList InterestEditor::keys() const
{
    return {QStringLiteral("INTEREST")};
}

void InterestEditor::setCatalog(const QList<QPair<QString, QString>> &idsAndNames)
{
    m_catalog = idsAndNames;
    QStringList names;
    names.reserve(m_catalog.size());
    for (const auto &entry : std::as_const(m_catalog))
        names << entry.second;
    m_text->setNames(names);
    updateNames();
    refreshProblems();
}

QStringList InterestEditor::entries() const
{
    return splitEntries(m_text->toPlainText());
}

void InterestEditor::setEntries(const QStringList &entries)
{
    m_text->setPlainText(entries.join(QLatin1Char('\n')));
}

QString InterestEditor::idFor(const QString &entry) const
{
    if (isDigits(entry))
        return entry;
    for (const auto &[id, name] : m_catalog) {
        if (name.compare(entry, Qt::CaseInsensitive) == 0)
            return id;
    }
    return {};
}

QStringList InterestEditor::interestIds() const
{
    QStringList ids;
    for (const QString &entry : entries()) {
        const QString id = idFor(entry);
        ids << (id.isEmpty() ? entry : id);
    }
    ids.removeDuplicates();
    return ids;
}

void InterestEditor::updateNames()
{
    QStringList named;
    for (const QString &id : interestIds()) {
        for (const auto &[catalogId, name] : std::as_const(m_catalog)) {
            if (catalogId == id)
                named << tr("%1 (%2)").arg(name, id);
        }
    }
    m_names->setText(named.isEmpty() ? QString() : tr("Interests: %1").arg(named.join(QLatin1String(", "))));
    m_names->setVisible(!named.isEmpty());
}

void InterestEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loaded = spec.interest;
    setEntries(m_loaded.valueOr({}));
    m_loadedView = interestIds();
}

void InterestEditor::store(TargetingSpec &spec) const
{
    // INTEREST is the one list Pinterest does not accept as null: an emptied list is left out.
    spec.interest = keptOrEdited(m_loaded, m_loadedView, interestIds());
}

QStringList InterestEditor::problems() const
{
    QStringList list;
    for (const QString &entry : entries()) {
        if (idFor(entry).isEmpty())
            list << tr("\"%1\" is neither an interest id nor a known interest name.").arg(entry);
    }
    return list;
}

} // namespace pinstripe
