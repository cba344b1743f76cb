using System.Runtime.CompilerServices;

namespace GraphBuilder;

/// <summary>
/// For the methods every record, citation or document word of a run passes through: compiled optimized at their first
/// call instead of tiered. Tiering runs a method unoptimized until 100 ms pass with no new method to compile, then counts
/// 30 calls and recompiles it in the background; each phase of a CLI run (load, document checks, file checks, compile)
/// starts with new methods and lasts under a second at 100k facts, so the hot loops ran unoptimized for a third of the
/// run's CPU time (bench/README.md, "Tiering, and validate without a compile").
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
}
