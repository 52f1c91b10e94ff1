import CLibXML2
import Foundation

/// Temporary probe.
public func probeLibXML() -> Int { Int(fp_xmlLoadedVersion()) }
