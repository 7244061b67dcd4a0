namespace PolicyGraph.Ingest.Documents;

/// <summary>
/// Writes a list counter the way Word shows it for a numbering format (the values of numbering.xml's w:numFmt):
/// decimal, Chinese counting (一、十一、二十三), legal Chinese (壹), ideographs (甲乙丙), letters, roman, circled.
/// An unknown format falls back to decimal, which is what Word does too.
/// </summary>
public static class NumberFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string? format) => format switch
    {
        "none" => "",
        "chineseCounting" or "chineseCountingThousand" or "ideographDigital" or "taiwaneseCounting" or "taiwaneseCountingThousand"
            => Chinese(value, ChineseDigits, "十", "百", "千"),
        "chineseLegalSimplified" or "ideographLegalTraditional" => Chinese(value, LegalDigits, "拾", "佰", "仟"),
        "ideographTraditional" => Cycle(value, Stems),
        "ideographZodiac" => Cycle(value, Branches),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : value.ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString().Select(c => (char)(c - '0' + '\uFF10'))),
        "decimalZero" => value < 10 ? "0" + value : value.ToString(),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Chinese counting below 10,000: 十 not 一十 at the start, 〇 for an inner zero (一百〇五).</summary>
    private static string Chinese(int value, string digits, string ten, string hundred, string thousand)
    {
        if (value <= 0 || value >= 10000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var units = new[] { "", ten, hundred, thousand };
        var text = new System.Text.StringBuilder();
        var zero = false;
        for (var power = 3; power >= 0; power--)
        {
            var digit = value / (int)Math.Pow(10, power) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append(digits[0]);
            zero = false;
            if (!(digit == 1 && power == 1 && text.Length == 0)) text.Append(digits[digit]);
            text.Append(units[power]);
        }
        return text.ToString();
    }

    private static string Cycle(int value, string symbols) => value >= 1 ? symbols[(value - 1) % symbols.Length].ToString() : value.ToString();

    /// <summary>Word stops lettering after zzz…; beyond it a number is written, so a huge start value builds no huge label.</summary>
    private const int MaxLetteredValue = 780;

    /// <summary>a…z, then aa…zz as Word does.</summary>
    private static string Letters(int value, char first) =>
        value is >= 1 and <= MaxLetteredValue
            ? new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1)
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new System.Text.StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }
        return text.ToString();
    }
}
