namespace PublishingPortal.Core.Importing.Word;

/// <summary>Why a Word file was refused by <see cref="DocxArticleReader"/>.</summary>
public enum DocxRefusal
{
    /// <summary>Not a ZIP package at all (wrong extension, a picture, a PDF…).</summary>
    NotDocx,

    /// <summary>An OLE compound file: a password-protected .docx (its "EncryptedPackage") or an old .doc.</summary>
    Encrypted,

    /// <summary>A macro-enabled document (a <c>vbaProject</c> part or a macro-enabled content type).</summary>
    MacroEnabled,

    /// <summary>The parts would unpack to more than the configured limit (a ZIP bomb), or too many parts.</summary>
    TooLarge,

    /// <summary>More embedded images than the configured limit.</summary>
    TooManyImages,

    /// <summary>A ZIP that is not a readable Word document.</summary>
    Corrupt,

    /// <summary>A readable document without a line of text to make a title from.</summary>
    Empty,
}
