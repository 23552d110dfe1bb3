using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;

namespace Tarikh.Core.Entities;

/// <summary>The entity stage's immutable resources: the trained tagger and the lexicons. Thread-safe.</summary>
public sealed class EntityResources
{
    /// <summary>Logical name of the embedded model (built from <c>models/ner-ar.tnr</c>).</summary>
    public const string ModelResource = "Tarikh.Core.Entities.ner-ar.tnr";

    /// <summary>Creates resources from a tagger and its lexicon.</summary>
    public EntityResources(NerTagger tagger)
    {
        Tagger = tagger;
        Lexicon = tagger.Features.Lexicon;
    }

    /// <summary>The tagger.</summary>
    public NerTagger Tagger { get; }

    /// <summary>Cue words and gazetteer.</summary>
    public NerLexicon Lexicon { get; }

    /// <summary>Loads the committed model (embedded in Tarikh.Core) and the embedded lexicons.</summary>
    public static EntityResources LoadDefault() => LoadDefault(null);

    /// <summary>As <see cref="LoadDefault()"/>, the lexicon's gazetteers read from (or stored as) images in <paramref name="images"/>.</summary>
    public static EntityResources LoadDefault(Pipeline.IResourceImageStore? images)
    {
        using var stream = typeof(EntityResources).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException("The entity model is not embedded (" + ModelResource + "); build from a clone that has models/ner-ar.tnr.");
        return new EntityResources(NerTagger.Load(stream, NerLexicon.LoadDefault(images)));
    }
}
