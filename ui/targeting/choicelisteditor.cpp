#include "ui/targeting/choicelisteditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pinstripe {

ChoiceListEditor::ChoiceListEditor(QString key, Member member, const QStringList &values, Namer name, int columns,
                                   QWidget *parent)
    : TargetingKeyEditor(parent)
    , m_key(std::move(key))
    , m_member(member)
    , m_name(std::move(name))
    , m_columns(qMax(1, columns))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    layout->addWidget(problemLabel());
    for (const QString &value : values)
        addCheckBox(value);
}

ChoiceListEditor::~ChoiceListEditor() = default;

QCheckBox *ChoiceListEditor::addCheckBox(const QString &value)
{
    auto *box = new QCheckBox(m_name(value), this);
    box->setObjectName(m_key + QLatin1Char('_') + value);
    box->setProperty("value", value);
    box->setAccessibleName(box->text());
    box->setToolTip(tr("Sends \"%1\" in %2").arg(value, m_key));
    const int index = int(m_boxes.size());
    m_grid->addWidget(box, index / m_columns, index % m_columns);
    m_boxes << box;
    connect(box, &QCheckBox::toggled, this, &ChoiceListEditor::notifyChanged);
    return box;
}

QCheckBox *ChoiceListEditor::checkBox(const QString &value) const
{
    for (QCheckBox *box : m_boxes) {
        if (box->property("value").toString() == value)
            return box;
    }
    return nullptr;
}

QStringList ChoiceListEditor::keys() const
{
    return {m_key};
}

QStringList ChoiceListEditor::checkedValues() const
{
    QStringList values;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            values << box->property("value").toString();
    }
    return values;
}

void ChoiceListEditor::setCheckedValues(const QStringList &values)
{
    for (const QString &value : values) {
        if (!checkBox(value))
            addCheckBox(value);
    }
    for (QCheckBox *box : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(values.contains(box->property("value").toString()));
    }
    notifyChanged();
}

void ChoiceListEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loaded = spec.*m_member;
    setCheckedValues(m_loaded.valueOr({}));
    m_loadedView = checkedValues();
}

void ChoiceListEditor::store(TargetingSpec &spec) const
{
    spec.*m_member = keptOrEdited(m_loaded, m_loadedView, checkedValues());
}

QStringList ChoiceListEditor::problems() const
{
    QStringList list;
    for (const QString &value : checkedValues()) {
        const QString problem = problemWith(value);
        if (!problem.isEmpty())
            list << problem;
    }
    return list;
}

QString ChoiceListEditor::problemWith(const QString &) const
{
    return {};
}

} // namespace pinstripe
