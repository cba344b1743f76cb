namespace GraphBuilder.Validation;

/// <summary>
/// What the evidence rules saw in a validation: fact citations whose quote held and was checked,
/// how many of them broke a rule (<see cref="Flagged"/>), and how many of those a curator's review
/// acknowledged (<see cref="Reviewed"/>; a citation with a flag left unreviewed is warned about).
/// </summary>
public sealed record EvidenceTally(int Checked, int Flagged, int Reviewed)
{
    public static readonly EvidenceTally None = new(0, 0, 0);

    public EvidenceTally Plus(EvidenceTally other) => new(Checked + other.Checked, Flagged + other.Flagged, Reviewed + other.Reviewed);

    /// <summary>The line <c>validate</c> ends with.</summary>
    public override string ToString() =>
        $"evidence: {Checked} citation{(Checked == 1 ? "" : "s")} checked, {Flagged} flagged, {Reviewed} reviewed";
}
