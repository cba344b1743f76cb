using GraphBuilder.Schema;

namespace GraphBuilder.Testing;

/// <summary>The repository's schema/vocabulary.yaml, loaded with the real loader.</summary>
public static class SomeVocabulary
{
    private static readonly Lazy<Vocabulary> Repository = new(() => Load(RepoPaths.File("schema", "vocabulary.yaml")));

    public static Vocabulary FromRepository() => Repository.Value;

    public static Vocabulary Load(string path) => VocabularyLoader.Load(path);
}
