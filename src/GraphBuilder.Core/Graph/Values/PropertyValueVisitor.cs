namespace GraphBuilder.Graph.Values;

/// <summary>
/// Renders a <see cref="PropertyValue"/> by its type: one method per value type, each given the plain
/// .NET value. Every encoder of property values derives from this class, so each handles every type.
/// </summary>
/// <typeparam name="TState">What the encoder writes into (a buffer, a JSON writer, a text builder).</typeparam>
/// <typeparam name="TResult">What a visit returns; encoders that only write return their state.</typeparam>
public abstract class PropertyValueVisitor<TState, TResult>
{
    public TResult Visit(TState state, PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Accept(this, state);
    }

    protected abstract TResult VisitString(TState state, string value);

    protected abstract TResult VisitInteger(TState state, long value);

    protected abstract TResult VisitFloat(TState state, double value);

    protected abstract TResult VisitBoolean(TState state, bool value);

    protected abstract TResult VisitDate(TState state, DateOnly value);

    protected abstract TResult VisitStringList(TState state, IReadOnlyList<string> value);

    // The values' double dispatch lands here; the Visit* methods stay protected for every encoder alike.
    internal TResult OnString(TState state, string value) => VisitString(state, value);
    internal TResult OnInteger(TState state, long value) => VisitInteger(state, value);
    internal TResult OnFloat(TState state, double value) => VisitFloat(state, value);
    internal TResult OnBoolean(TState state, bool value) => VisitBoolean(state, value);
    internal TResult OnDate(TState state, DateOnly value) => VisitDate(state, value);
    internal TResult OnStringList(TState state, IReadOnlyList<string> value) => VisitStringList(state, value);
}
