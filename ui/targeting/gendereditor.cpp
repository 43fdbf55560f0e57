#include "ui/targeting/gendereditor.h"

#include "ui/adgroups/targetingdescriber.h"

namespace pinstripe {

GenderEditor::GenderEditor(QWidget *parent)
    // Women first: the order people read the choice in, not the spec's enum order.
    : ChoiceListEditor(QStringLiteral("GENDER"), &TargetingSpec::gender,
                       {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("unknown")},
                       [](const QString &value) { return capitalized(TargetingDescriber::genderName(value)); }, 3,
                       parent)
{
    setToolTip(tr("Leave all unchecked to reach every gender."));
}

GenderEditor::~GenderEditor() = default;

} // namespace pinstripe
