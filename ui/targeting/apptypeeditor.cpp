#include "ui/targeting/apptypeeditor.h"

#include "core/model/enums.h"
#include "ui/adgroups/targetingdescriber.h"

namespace pinstripe {

AppTypeEditor::AppTypeEditor(QWidget *parent)
    : ChoiceListEditor(QStringLiteral("APPTYPE"), &TargetingSpec::appType, enums::appTypes(),
                       [](const QString &value) { return capitalized(TargetingDescriber::appTypeName(value)); }, 3,
                       parent)
{
    setToolTip(tr("Leave all unchecked to reach every device."));
}

AppTypeEditor::~AppTypeEditor() = default;

} // namespace pinstripe
