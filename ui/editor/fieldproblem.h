#pragma once

#include <QList>
#include <QString>

namespace pinstripe {

/** A reason an ad group cannot be sent, attached to the wire field it concerns ("end_time"). */
struct FieldProblem
{
    QString field;
    QString message;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

} // namespace pinstripe
