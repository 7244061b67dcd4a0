using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Values;

/// <summary>Whether a runtime value belongs to a Neo4j 5 value type (the test behind <c>x IS :: TYPE</c>).</summary>
public static class TypeSpecTest
{
    public static bool Matches(object? value, TypeSpec type)
    {
        if (value is null)
        {
            return AdmitsNull(type);
        }

        return type switch
        {
            NamedTypeSpec named => MatchesNamed(value, named.Name),
            ListTypeSpec list => CypherValues.KindOf(value) == CypherValueKind.List
                && CypherValues.AsList(value).All(element => Matches(element, list.Element)),
            UnionTypeSpec union => union.Alternatives.Any(alternative => Matches(value, alternative)),
            _ => false,
        };
    }

    /// <summary>Every type holds null except NOTHING and a type marked NOT NULL; a union does when one alternative does.</summary>
    private static bool AdmitsNull(TypeSpec type) => !type.NotNull && type switch
    {
        NamedTypeSpec named => named.Name != "NOTHING",
        UnionTypeSpec union => union.Alternatives.Any(AdmitsNull),
        _ => true,
    };

    private static bool MatchesNamed(object value, string name) => name switch
    {
        "ANY" => true,
        "NOTHING" or "NULL" => false,
        "LIST" => CypherValues.KindOf(value) == CypherValueKind.List,
        "PROPERTY VALUE" => IsPropertyValue(value),
        _ => CypherValues.TypeName(value) == name,
    };

    /// <summary>A value a property can hold: a scalar, or a list of scalars of one type.</summary>
    private static bool IsPropertyValue(object value)
    {
        if (CypherValues.KindOf(value) != CypherValueKind.List)
        {
            return IsScalarProperty(value);
        }

        var items = CypherValues.AsList(value);
        return items.All(item => item is not null && IsScalarProperty(item))
            && items.Select(CypherValues.TypeName).Distinct().Count() <= 1;
    }

    private static bool IsScalarProperty(object value) =>
        CypherValues.KindOf(value) is not (CypherValueKind.List or CypherValueKind.Map or CypherValueKind.Node
            or CypherValueKind.Relationship or CypherValueKind.Path);
}
