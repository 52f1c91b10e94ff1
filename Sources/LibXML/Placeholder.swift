public enum LibXMLPlaceholder {}
