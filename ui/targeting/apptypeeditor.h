#pragma once

#include "ui/targeting/choicelisteditor.h"

namespace pinstripe {

/** APPTYPE: the devices and apps ads show on; none checked means all of them. */
class AppTypeEditor final : public ChoiceListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTypeEditor)

public:
    explicit AppTypeEditor(QWidget *parent = nullptr);
    ~AppTypeEditor() override;
};

} // namespace pinstripe
