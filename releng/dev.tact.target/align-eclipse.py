"""Pins every org.eclipse.* artifact of a `mvn dependency:list` to its latest release, in the seed's
dependencyManagement (used by update-target.sh).

Maven settles version conflicts by nearest declaration, which is blind to OSGi ranges: it can pick an older point
release than another Eclipse bundle's manifest accepts. Eclipse bundles are released together, so the latest release
of each is the consistent choice. Prints how many pins changed; 0 means the closure is stable.
"""
import concurrent.futures
import re
import sys
import urllib.request

list_file, pom_file = sys.argv[1], sys.argv[2]
resolved = re.findall(r"^\s+(org\.eclipse[^:\s]*):([^:]+):jar:([^:]+):", open(list_file, encoding="utf-8").read(), re.M)
pom = open(pom_file, encoding="utf-8").read()


def latest(dep):
    group, artifact, _ = dep
    url = f"https://repo.maven.apache.org/maven2/{group.replace('.', '/')}/{artifact}/maven-metadata.xml"
    with urllib.request.urlopen(url, timeout=30) as response:
        return re.search(r"<release>([^<]+)</release>", response.read().decode()).group(1)


with concurrent.futures.ThreadPoolExecutor(16) as pool:
    newest = dict(zip(resolved, pool.map(latest, resolved)))
pins = ""
for (group, artifact, version), release in newest.items():
    managed = re.search(rf"<groupId>{re.escape(group)}</groupId><artifactId>{re.escape(artifact)}</artifactId><version>([^<]+)</version>", pom)
    if version != release and not managed:
        pins += f"\t\t\t<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{release}</version></dependency>\n"
pom = pom.replace("\t\t</dependencies>\n\t</dependencyManagement>", pins + "\t\t</dependencies>\n\t</dependencyManagement>")
open(pom_file, "w", encoding="utf-8").write(pom)
print(pins.count("<dependency>"))
