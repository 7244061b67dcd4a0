using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>
/// date, localtime, time, localdatetime, datetime (from nothing = now, a string, a map or another temporal),
/// their .transaction/.statement/.realtime and .truncate forms, datetime.fromepoch[millis], and duration
/// with duration.between / inMonths / inDays / inSeconds. The default time zone is UTC.
/// </summary>
internal static class TemporalFunctions
{
    private enum Kind { Date, LocalTime, Time, LocalDateTime, DateTime }

    private static readonly (string Name, Kind Kind)[] Kinds =
    [
        ("date", Kind.Date), ("localtime", Kind.LocalTime), ("time", Kind.Time),
        ("localdatetime", Kind.LocalDateTime), ("datetime", Kind.DateTime),
    ];

    public static void Register(FunctionRegistry registry)
    {
        foreach (var (name, kind) in Kinds)
        {
            registry.Add(name, 0, 1, (a, c) => a.Length == 0 ? Now(kind, null, c) : Construct(kind, a[0], c));
            foreach (var clock in new[] { ".transaction", ".statement", ".realtime" })
                registry.Add(name + clock, 0, 1, (a, c) => a.Length == 0 ? Now(kind, null, c) : a[0] is null ? null : Now(kind, a[0], c));
            // The front end's catalogue admits 1..3 arguments; a missing value is reported by Truncate.
            registry.Add(name + ".truncate", 1, 3, (a, c) => Truncate(kind, a, c));
        }
        registry.Add("datetime.fromepoch", 2, static (a, _) => FromEpoch(a[0], a[1], 1_000_000_000L));
        registry.Add("datetime.fromepochmillis", 1, static (a, _) => FromEpoch(a[0], 0L, 1_000_000L));
        registry.Add("duration", 1, static (a, _) => Duration(a[0]));
        registry.Add("duration.between", 2, static (a, _) => Between(a, DurationBetween.Unit.All));
        registry.Add("duration.inMonths", 2, static (a, _) => Between(a, DurationBetween.Unit.Months));
        registry.Add("duration.inDays", 2, static (a, _) => Between(a, DurationBetween.Unit.Days));
        registry.Add("duration.inSeconds", 2, static (a, _) => Between(a, DurationBetween.Unit.Seconds));
    }

    private static object? Construct(Kind kind, object? argument, EvaluationContext context)
    {
        switch (argument)
        {
            case null:
                return null;
            case string text:
                return Parse(kind, text);
            case ITemporalValue temporal:
                return Build(kind, TemporalParts.Of(temporal));
        }
        if (CypherValues.KindOf(argument) != CypherValueKind.Map) throw CypherErrors.InvalidArgumentValue(Name(kind), argument);
        var map = CypherValues.AsMap(argument);
        if (TemporalMapReader.HasOnlyTimezone(map)) return Now(kind, map["timezone"] ?? map.Values.First(), context);
        return Build(kind, TemporalMapReader.Read(map, TemporalParts.None, convertZone: true, Now(context)));
    }

    private static object Parse(Kind kind, string text) => kind switch
    {
        Kind.Date => TemporalParser.ParseDate(text),
        Kind.LocalTime => TemporalParser.ParseLocalTime(text),
        Kind.Time => TemporalParser.ParseTime(text, 0),
        Kind.LocalDateTime => TemporalParser.ParseLocalDateTime(text),
        _ => TemporalParser.ParseDateTime(text, "Z"),
    };

    private static object Build(Kind kind, TemporalParts parts) => kind switch
    {
        Kind.Date => parts.ToDate(),
        Kind.LocalTime => parts.ToLocalTime(),
        Kind.Time => parts.ToTime(),
        Kind.LocalDateTime => parts.ToLocalDateTime(),
        _ => parts.ToDateTime(),
    };

    private static long Now(EvaluationContext context) => context.StatementTime.ToUnixTimeSeconds();

    private static object Now(Kind kind, object? zone, EvaluationContext context)
    {
        var zoneText = zone switch
        {
            null => "Z",
            string text => text,
            _ => throw CypherErrors.InvalidArgumentValue(Name(kind), zone),
        };
        var instant = (Int128)context.StatementTime.ToUnixTimeMilliseconds() * 1_000_000;
        var fixedOffset = TimeZones.ParseOffset(zoneText);
        var now = TemporalConversion.AtInstant(instant, fixedOffset is null ? zoneText : null, fixedOffset ?? 0);
        return Build(kind, TemporalParts.Of(now));
    }

    private static object? Truncate(Kind kind, object?[] arguments, EvaluationContext context)
    {
        if (arguments.Length < 2)
            throw CypherErrors.ArgumentError("InvalidNumberOfArguments", $"{Name(kind)}.truncate() needs a unit and a temporal value.");
        if (arguments[1] is null) return null;
        var unit = FunctionArguments.String(Name(kind) + ".truncate", arguments[0]);
        if (arguments[1] is not ITemporalValue temporal || temporal is CypherDuration)
            throw CypherErrors.InvalidArgumentValue(Name(kind) + ".truncate", arguments[1]);
        var truncated = TemporalTruncation.Truncate(unit, TemporalParts.Of(temporal));
        if (arguments.Length > 2 && arguments[2] is { } overrides)
            truncated = TemporalMapReader.Read(CypherValues.AsMap(overrides), truncated, convertZone: false, Now(context));
        return Build(kind, truncated);
    }

    private static object? FromEpoch(object? amount, object? nanos, long unitNanos)
    {
        if (amount is null || nanos is null) return null;
        var instant = (Int128)FunctionArguments.Integer("datetime.fromepoch", amount) * unitNanos + FunctionArguments.Integer("datetime.fromepoch", nanos);
        return TemporalConversion.AtInstant(instant, null, 0);
    }

    private static object? Duration(object? argument)
    {
        switch (argument)
        {
            case null:
                return null;
            case string text:
                return DurationBuilder.Parse(text);
            case CypherDuration duration:
                return duration;
        }
        if (CypherValues.KindOf(argument) != CypherValueKind.Map) throw CypherErrors.InvalidArgumentValue("duration", argument);
        var builder = new DurationBuilder();
        foreach (var (unit, value) in CypherValues.AsMap(argument))
        {
            if (value is null) continue;
            // A zero amount checks the key first: an unknown key is the error to report, not its value.
            builder.Add(unit, 0m);
            if (value is not (long or double)) throw CypherErrors.InvalidArgumentValue("duration", value);
            builder.Add(unit, DurationBuilder.Amount($"duration component '{unit}'", value));
        }
        return builder.Build();
    }

    private static object? Between(object?[] arguments, DurationBetween.Unit unit)
    {
        if (arguments[0] is null || arguments[1] is null) return null;
        if (arguments[0] is not ITemporalValue from || from is CypherDuration) throw CypherErrors.InvalidArgumentValue("duration.between", arguments[0]);
        if (arguments[1] is not ITemporalValue to || to is CypherDuration) throw CypherErrors.InvalidArgumentValue("duration.between", arguments[1]);
        return DurationBetween.Between(from, to, unit);
    }

    private static string Name(Kind kind) => Kinds[(int)kind].Name;
}
