using System.Globalization;

namespace GraphBuilder.Benchmarks;

/// <summary>Command-line options of the benchmark; see bench/README.md.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [10_000, 100_000];
    public int? Runs { get; init; }
    public ulong Seed { get; init; } = 1;
    public string WorkFolder { get; init; } = Path.Combine("bench", ".corpus");
    public string ResultsFolder { get; init; } = Path.Combine("bench", "results");
    public string SchemaFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "schema");

    /// <summary>Set in a child process: measure this one size and print its result as JSON.</summary>
    public int? Child { get; init; }

    /// <summary>Measure the goals of issue 27 instead (whole processes in rounds; see <see cref="GoalRuns"/>).</summary>
    public bool Goals { get; init; }

    /// <summary>Set in a child process: be the floor for this seeds folder (see <see cref="GoalRuns.Floor"/>).</summary>
    public string? FloorFolder { get; init; }

    /// <summary>With <see cref="Child"/>: only print the load/validate/compile split of several runs (for profiling).</summary>
    public bool PhasesOnly { get; init; }

    public const string Usage = """
        usage: GraphBuilder.Benchmarks [--sizes 10k,100k] [--include-1m] [--runs N] [--seed S]
                                       [--work DIR] [--results DIR] [--schema DIR]
          --sizes       fact counts to measure (k and m suffixes allowed); default 10k,100k
          --include-1m  also measure 1M facts (takes several minutes, ~3 GB, and ~5 GB more in the Neo4j stand-in's process)
          --runs        measured runs per size after one warm-up (default: 5 below 100k, 3 at 100k, 1 above)
          --work        where generated corpora are kept between runs (default bench/.corpus)
          --results     where latest.md and latest.json are written (default bench/results)
          --goals       the goals of issue 27 instead: floor, CLI validate, CLI sync and the naive peer as whole
                        processes, in --runs rounds (default 5); writes goals.md (use --seed 7 for the issue's corpus)
          --child N --phases   profile: print load/validate/compile times of N facts, --runs times
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseCount).ToArray() },
                "--include-1m" => options with { Sizes = [.. options.Sizes.Append(1_000_000).Distinct()] },
                "--runs" => options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--work" => options with { WorkFolder = Value() },
                "--results" => options with { ResultsFolder = Value() },
                "--schema" => options with { SchemaFolder = Value() },
                "--child" => options with { Child = ParseCount(Value()) },
                "--phases" => options with { PhasesOnly = true },
                "--goals" => options with { Goals = true },
                "--floor" => options with { FloorFolder = Value() },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }

    public int RunsFor(int facts) => Runs ?? (facts < 100_000 ? 5 : facts <= 100_000 ? 3 : 1);

    public bool WarmUpFor(int facts) => facts <= 100_000;

    public static int ParseCount(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var factor = t.EndsWith('k') ? 1_000 : t.EndsWith('m') ? 1_000_000 : 1;
        return checked(int.Parse(factor == 1 ? t : t[..^1], CultureInfo.InvariantCulture) * factor);
    }
}
