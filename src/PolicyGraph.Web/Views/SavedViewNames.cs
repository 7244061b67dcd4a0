using System.Text;

namespace PolicyGraph.Web.Views;

/// <summary>
/// A saved view's name is its file name: letters (any script), digits, '-' and '_' only, so no name can be a path.
/// </summary>
public static class SavedViewNames
{
    /// <summary>Lower case, every run of other characters as one '-', no '-' at either end; empty when nothing is left.</summary>
    public static string Sanitise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            var kept = char.IsLetterOrDigit(c) || c == '_' ? c : '-';
            if (kept != '-' || (text.Length > 0 && text[^1] != '-'))
                text.Append(kept);
        }
        return text.ToString().Trim('-');
    }

    public static bool IsSanitised(string name) => name.Length > 0 && Sanitise(name) == name;
}
