#pragma once
// What an experiment will cost, in the unit the site bills, and whether the allocation has it left.
//
//   GPU-hours   = array tasks × nodes × GPUs per node × wall hours (× a site's rate)
//   node-hours  = array tasks × nodes × wall hours × rate (whole-node partitions: LUMI standard-g bills
//                 4 GPU-hours per node-hour; MeluXina counts node-hours)
//   resource max = array tasks × nodes × rate × max(GPUs × gpuUnits, ⌈CPUs / coresPerUnit⌉,
//                 ⌈memory / memoryPerUnit⌉) × wall hours — Leonardo's equivalent cores
//                 (max(cores, GPUs × 8, memory / memory per core)), LUMI small-g's GCD share
//                 (0.5 × max(⌈cores/8⌉, ⌈memory/64 GB⌉, GCDs)) and MareNostrum 5's 20 core-hours per
//                 GPU-hour are all this shape.
// The wall time is the time limit: Slurm charges what runs, but a budget must hold the whole limit
// before jobs start (GrpTRESMins with "safe" enforcement), so that is what to compare.
#include "core/experiment.h"
#include "core/issue.h"
#include "core/slurm/types.h"

#include <QString>
#include <optional>

namespace fab {

struct BillingPolicy {
    enum class Model { GpuHours, NodeHours, ResourceMax };
    Model model = Model::GpuHours;
    ResourceKind unit = ResourceKind::GpuHours;  // what the result is counted in
    double rate = 1.0;                           // units per GPU-hour / node-hour / resource-unit-hour
    double gpuUnits = 1.0;                       // ResourceMax: units one GPU counts for
    double coresPerUnit = 0;                     // ResourceMax: cores that make one unit (0: cores not billed)
    double memoryMbPerUnit = 0;                  // ResourceMax: memory that makes one unit (0: not billed)
    QString source;                              // where the rule was read (clusters.md tag)
};

// The billing rule of a known preset (lumi, leonardo, marenostrum5, meluxina, karolina, discoverer)
// and partition; otherwise plain GPU-hours (CPU-hours for a partition without GPUs when
// `gpusPerNode` is 0).
BillingPolicy billingPolicyFor(const QString &cluster, const QString &partition, int gpusPerNode = 1);

struct CostEstimate {
    qint64 tasks = 0;
    std::optional<qint64> wallSeconds;  // the time limit used
    std::optional<double> amount;       // nullopt when something needed is unknown (see issues)
    ResourceKind unit = ResourceKind::Unknown;
    QString formula;                    // "6 tasks × 1 node × 4 GPUs × 2 h = 48 GPU-hours"
    Issues issues;
};

// `partitionDefaultTime`: used when the experiment sets no time (the partition's DefaultTime). A
// ResourceMax rule with a memory term counts memory only when the experiment sets "mem".
CostEstimate estimateCost(const Experiment &x, const BillingPolicy &policy,
                          std::optional<qint64> partitionDefaultTime = std::nullopt);

struct BudgetCheck {
    enum class Verdict { Fits, OverBudget, LeftUnknown, UnitMismatch, EstimateUnknown };
    Verdict verdict = Verdict::EstimateUnknown;
    QString message;  // translated, for the submit dialog
};

// Compares with what the allocation has left. Units must agree (core-hours and local hours are both
// core-hours; CPU-hours are not compared with GPU-hours).
BudgetCheck compareWithAllocation(const CostEstimate &estimate, const Allocation &allocation);

// "120G" → 122880 (MB); Slurm's suffixes K, M, G, T; no suffix = MB. nullopt when unreadable.
std::optional<double> slurmMemoryMb(const QString &text);

}  // namespace fab
