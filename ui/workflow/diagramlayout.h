#pragma once

#include "core/workflowdefinition.h"

#include <QHash>
#include <QPoint>

namespace nightshift::diagram {

// Spacing of the automatic layout: room for a label under each activity and a count over each arrow.
constexpr int ColumnWidth = 200;
constexpr int RowHeight = 130;
constexpr int Margin = 80;

// Where each activity's tile is centred. Activities with x and y keep them; the others are laid out in
// layers from left to right (longest path from the entry activities, loops broken at their back edges),
// each layer ordered by its predecessors' rows so that arrows cross as little as possible.
QHash<QString, QPoint> layOut(const WorkflowDefinition &definition);

// The back edges of the graph (from, transition name): the transitions that close a loop, drawn as arcs.
QSet<std::pair<QString, QString>> backEdges(const WorkflowDefinition &definition);

} // namespace nightshift::diagram
