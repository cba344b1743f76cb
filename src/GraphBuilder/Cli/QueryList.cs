using System.Text;
using GraphBuilder.Queries;

namespace GraphBuilder.Cli;

/// <summary>The canned queries as help and error messages list them: name, what it needs, description.</summary>
internal static class QueryList
{
    public static string Describe(IEnumerable<CannedQuery> queries)
    {
        var text = new StringBuilder();
        foreach (var q in queries)
        {
            var needs = q.Requires switch
            {
                EntityRequirement.Subject => "needs --subject",
                EntityRequirement.Object => "needs --object",
                EntityRequirement.Either => "needs --subject or --object",
                _ => "--subject/--object optional",
            };
            text.AppendLine($"  {q.Name,-22} {q.Description} ({needs})");
        }
        return text.ToString();
    }
}
