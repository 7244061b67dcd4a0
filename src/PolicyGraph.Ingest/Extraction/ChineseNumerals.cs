namespace PolicyGraph.Ingest.Extraction;

/// <summary>Parses numbers written in Chinese (七, 十九, 四十八, 一百零三, 二〇二二) or in Arabic digits.</summary>
public static class ChineseNumerals
{
    public static int? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(text, out var arabic)) return arabic;
        return IsDigitSequence(text) ? ParseDigitSequence(text) : ParsePositional(text);
    }

    private static int? Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };

    private static int? Unit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        _ => null,
    };

    /// <summary>Years are written digit by digit: 二〇二二 is 2022, not a sum.</summary>
    private static bool IsDigitSequence(string text) => text.Length >= 3 && text.All(c => Digit(c) is not null);

    private static int ParseDigitSequence(string text) => text.Aggregate(0, (acc, c) => acc * 10 + Digit(c)!.Value);

    private static int? ParsePositional(string text)
    {
        var total = 0;
        var section = 0;
        var pending = 0;
        foreach (var c in text)
        {
            if (Digit(c) is { } d)
            {
                pending = d;
                continue;
            }
            if (Unit(c) is not { } unit) return null;
            if (unit == 10000)
            {
                total += (section + pending) * unit;
                section = pending = 0;
                continue;
            }
            // A leading 十 means 一十: 十九 is 19.
            section += (pending == 0 ? 1 : pending) * unit;
            pending = 0;
        }
        return total + section + pending;
    }
}
