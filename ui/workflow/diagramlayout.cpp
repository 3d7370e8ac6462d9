#include "diagramlayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace nightshift::diagram {

namespace {

// Depth-first from the entry activities (start first, then any activity nothing leads to, then the rest so
// that unreachable islands are placed too): an edge to an activity still on the stack closes a loop.
struct Traversal
{
    const WorkflowDefinition &def;
    QHash<QString, int> state; // 1 = on the stack, 2 = done
    QList<QString> postOrder;
    QSet<std::pair<QString, QString>> back;

    void visit(const Activity &a)
    {
        state.insert(a.name, 1);
        for (const Transition &t : a.transitions) {
            const Activity *next = def.activity(t.target);
            if (!next)
                continue;
            const int s = state.value(next->name);
            if (s == 1)
                back.insert({a.name, t.name});
            else if (s == 0)
                visit(*next);
        }
        state.insert(a.name, 2);
        postOrder << a.name;
    }

    void run()
    {
        QSet<QString> targets;
        for (const Activity &a : def.activities)
            for (const Transition &t : a.transitions)
                targets.insert(t.target);
        QList<const Activity *> roots;
        for (const Activity &a : def.activities)
            if (a.type == ActivityType::Start)
                roots << &a;
        for (const Activity &a : def.activities)
            if (a.type != ActivityType::Start && !targets.contains(a.name))
                roots << &a;
        for (const Activity &a : def.activities)
            roots << &a;
        for (const Activity *a : std::as_const(roots))
            if (!state.value(a->name))
                visit(*a);
    }
};

} // namespace

QSet<std::pair<QString, QString>> backEdges(const WorkflowDefinition &definition)
{
    Traversal walk{definition, {}, {}, {}};
    walk.run();
    return walk.back;
}

QHash<QString, QPoint> layOut(const WorkflowDefinition &definition)
{
    Traversal walk{definition, {}, {}, {}};
    walk.run();

    // Longest path in the graph without its back edges, in topological (reverse post-) order.
    QHash<QString, int> layer;
    QHash<QString, QList<QString>> predecessors;
    for (auto it = walk.postOrder.crbegin(); it != walk.postOrder.crend(); ++it) {
        const Activity *a = definition.activity(*it);
        const int here = layer.value(a->name, 0);
        layer.insert(a->name, here);
        for (const Transition &t : a->transitions) {
            if (walk.back.contains({a->name, t.name}) || !definition.activity(t.target))
                continue;
            layer.insert(t.target, std::max(layer.value(t.target, 0), here + 1));
            predecessors[t.target] << a->name;
        }
    }

    // Rows: layer by layer, each activity at the mean row of its predecessors, in definition order on ties.
    int layers = 0;
    for (int l : std::as_const(layer))
        layers = std::max(layers, l + 1);
    QHash<QString, double> row;
    QList<QList<QString>> columns(layers);
    for (const Activity &a : definition.activities)
        columns[layer.value(a.name)] << a.name;
    for (QList<QString> &column : columns) {
        QHash<QString, double> wish;
        for (int i = 0; i < column.size(); ++i) {
            const QList<QString> &from = predecessors.value(column.at(i));
            double sum = 0;
            for (const QString &p : from)
                sum += row.value(p);
            wish.insert(column.at(i), from.isEmpty() ? i : sum / from.size());
        }
        std::stable_sort(column.begin(), column.end(),
                         [&wish](const QString &a, const QString &b) { return wish.value(a) < wish.value(b); });
        // Keep each activity near its wish, centred around it, but never two in one row.
        const double first = column.isEmpty() ? 0 : wish.value(column.first());
        const double last = column.isEmpty() ? 0 : wish.value(column.last());
        double next = std::max(0.0, (first + last) / 2 - (column.size() - 1) / 2.0);
        for (const QString &name : column) {
            const double r = std::max(next, std::round(wish.value(name) * 2) / 2);
            row.insert(name, r);
            next = r + 1;
        }
    }

    QHash<QString, QPoint> positions;
    for (const Activity &a : definition.activities) {
        if (a.x && a.y)
            positions.insert(a.name, QPoint(*a.x, *a.y));
        else
            positions.insert(
                a.name,
                QPoint(Margin + layer.value(a.name) * ColumnWidth, Margin + int(row.value(a.name) * RowHeight)));
    }
    return positions;
}

} // namespace nightshift::diagram
