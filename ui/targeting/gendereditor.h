#pragma once

#include "ui/targeting/choicelisteditor.h"

namespace pinstripe {

/** GENDER: women, men, people of unspecified gender; none checked means all genders. */
class GenderEditor final : public ChoiceListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenderEditor)

public:
    explicit GenderEditor(QWidget *parent = nullptr);
    ~GenderEditor() override;
};

} // namespace pinstripe
